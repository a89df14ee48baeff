/**
 * Patents and the IP operation centre: patents (kind, status, dates, holder) linked to projects;
 * technology listings that companies can express interest in, with the matching workflow LISTED ->
 * INTEREST_EXPRESSED -> INTRODUCED -> IN_NEGOTIATION -> LICENSED or DECLINED (coded reason); and
 * the innovative-device pre-check, which reads a project's patents and expected class and says
 * which condition of the special review channel fails.
 */
package org.clinbridge.ip;
