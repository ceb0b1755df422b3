/** Learning: units, paths, completions and the calendar of learning events. */
package org.copkit.core.learning;
