/** Outbound ports of learning: units, paths, completions, calendar events and registrations. */
package org.copkit.api.learning.port;
