package org.accord.commenting;

/** Orders of the comment table; the template's own order (by clause) is the default. */
public enum CommentSort { TEMPLATE, ORIGINATOR, TYPE, STATUS, NEWEST, MOST_SUPPORTED }
