/** E-portfolios: a member's learning as Open Badges 3.0 credentials and xAPI statements. */
package org.copkit.core.portfolio;
