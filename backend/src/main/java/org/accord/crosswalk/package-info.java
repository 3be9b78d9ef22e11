/**
 * Legal instruments of many jurisdictions and their provisions; later, mappings of clauses to them
 * (NIST IR 8477 relationships, OSCAL).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crosswalk")
package org.accord.crosswalk;
