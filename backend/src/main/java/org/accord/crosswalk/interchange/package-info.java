/**
 * Import of an instrument's provisions from CSV and Akoma Ntoso XML, and the plan for re-importing a newer version,
 * in plain Java (no Spring, no JPA) so the rules can be tested on real-shaped files alone.
 */
@org.springframework.modulith.NamedInterface("interchange")
package org.accord.crosswalk.interchange;
