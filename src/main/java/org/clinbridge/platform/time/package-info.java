/** The current instant (UTC) and the district's calendar date. */
package org.clinbridge.platform.time;
