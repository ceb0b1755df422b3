/** Contract suites of the notification ports. */
package org.copkit.tck.notification;
