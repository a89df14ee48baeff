/**
 * The project search benchmark (docs/performance.md): seeds PostgreSQL with many projects, shows
 * the query plans of the searches, and drives a running instance over HTTP. A main class, never run
 * by {@code mvn verify}.
 */
package org.clinbridge.bench;
