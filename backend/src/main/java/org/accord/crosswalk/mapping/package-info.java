/**
 * The crosswalk mapping model (NIST IR 8477 relationships, OSCAL mapping values) and gap computation, without any
 * framework. Exposed to other modules (the UI, the seed loader) as plain value types.
 */
@org.springframework.modulith.NamedInterface("mapping")
package org.accord.crosswalk.mapping;
