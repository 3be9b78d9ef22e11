/**
 * Who people are and how they sign in: local accounts (bcrypt), platform roles, login throttling,
 * HTTP security for the REST API and method security for every service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.accord.identity;
