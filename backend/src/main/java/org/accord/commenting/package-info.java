/**
 * Comments on drafts the way ISO/IEC committees handle them: the commenting template's fields,
 * comment periods with deadlines, organisation consolidation, threads and support, dispositions
 * with history, anchors that follow the text, and proposed changes applied as patches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commenting")
package org.accord.commenting;
