/**
 * Draft standards clause by clause: stages, the clause tree with derived numbering, terms and
 * definitions, and clause revisions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drafting")
package org.accord.drafting;
