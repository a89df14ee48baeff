/**
 * What is not business: problem responses, persistence bootstrap (data source, Flyway), request ids
 * and ETags, paging, i18n, health and the OpenAPI description. Business areas depend on the
 * platform, never the other way round.
 */
package org.clinbridge.platform;
