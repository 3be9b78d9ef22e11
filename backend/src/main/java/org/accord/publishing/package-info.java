/**
 * Publishing consensus versions: immutable publications of frozen versions with their ballot result,
 * comment-resolution report, crosswalk and change log, generated once in every format, served publicly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package org.accord.publishing;
