package org.accord.commenting;

/** A comment is private to its organisation while a draft, visible to the group once submitted. */
public enum CommentStatus { DRAFT, SUBMITTED }
