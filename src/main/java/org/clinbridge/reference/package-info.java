/**
 * Reference data every area shares and an administrator may correct without a release: the NMPA
 * device classification sub-catalogues (2017), loaded by a migration from the published list.
 */
package org.clinbridge.reference;
