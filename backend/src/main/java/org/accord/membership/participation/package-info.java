/**
 * Participation reports: for one comment period or ballot round, who was invited, who took part, broken down by
 * constituency (stakeholder group), UN regional group and Global Majority, with the groups that stayed silent or were
 * not invited at all ("missing voices"). Plain rules, no framework: the commenting and balloting modules feed them,
 * the publishing module prints them with the consensus version.
 */
@org.springframework.modulith.NamedInterface("participation")
package org.accord.membership.participation;
