/** The JPA implementation of the notification ports: members' attention, in four tables (V36). */
package org.copkit.jpa.notification;
