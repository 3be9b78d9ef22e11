package org.accord.drafting;

/**
 * Standing of a clause translation: {@code OFFICIAL} when the secretariat or the convenor has adopted it as the
 * text in that language, {@code INFORMAL} when it is a working translation offered to help people participate.
 */
public enum TranslationStatus {
    OFFICIAL, INFORMAL
}
