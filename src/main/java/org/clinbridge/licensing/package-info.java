/**
 * Licences of the district's devices: licence applications of a project (type, route, the authority
 * the device's class and origin decide, the state machine with every move dated, the documents
 * checklist, correspondence with the authority) and the registration certificates and filings with
 * their renewal lifecycle. Who sees them follows who sees the project ({@code
 * projects.control.ProjectAccess}).
 */
package org.clinbridge.licensing;
