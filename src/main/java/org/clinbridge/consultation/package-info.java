/**
 * The licensing consultation station: questions from organisations to the station, optionally about
 * one of their projects; their thread with the station's internal notes; their status; and the
 * service-level clocks counted in the station's working hours and calendar ({@code reference}),
 * paused while the station waits on the asker.
 */
package org.clinbridge.consultation;
