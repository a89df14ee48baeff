/** Exact amounts of money (yuan, two decimals) and their validation. */
package org.clinbridge.platform.money;
