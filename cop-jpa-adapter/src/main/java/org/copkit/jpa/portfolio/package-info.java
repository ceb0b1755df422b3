/** E-portfolios on JPA: evidence gathered from the other features' tables, evidence members add, pages. */
package org.copkit.jpa.portfolio;
