/**
 * The crosswalk mapping model (NIST IR 8477 relationships, OSCAL mapping values) and gap computation, without any
 * framework: groundwork for issue 7.
 */
package org.accord.crosswalk.mapping;
