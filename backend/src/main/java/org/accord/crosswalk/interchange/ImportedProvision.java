package org.accord.crosswalk.interchange;

/**
 * One provision read from a file, before it is stored.
 *
 * @param identifier       stable id, unique within the instrument ("art_9__para_2" or the CSV id); re-imports match on it
 * @param parentIdentifier identifier of the enclosing provision, or null at the top
 * @param number           display number ("Art. 9", "9(2)", "(a)", "§ 6-1-1703")
 * @param heading          nullable
 * @param text             nullable: some texts cannot be stored, or the provision only groups others
 * @param language         nullable
 * @param kind             article, paragraph, point, section, chapter...; null when the file does not say
 * @param source           where it came from, for messages: "line 7" or {@code <paragraph eId="..."> line 30}
 */
public record ImportedProvision(String identifier, String parentIdentifier, String number, String heading,
                                String text, String language, String kind, String source) {
}
