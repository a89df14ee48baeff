/**
 * Organisations (start-ups, universities, hospitals, service agencies, the consultation station,
 * the district) and the people's accounts that belong to them: who may sign in, with which roles,
 * on behalf of which organisation.
 */
package org.clinbridge.organisations;
