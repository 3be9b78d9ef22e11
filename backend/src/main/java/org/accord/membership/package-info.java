/**
 * Committees, working groups, organisations and who holds which role in which working group.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package org.accord.membership;
