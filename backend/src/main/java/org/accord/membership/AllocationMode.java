package org.accord.membership;

/** How seats are filled: merit order, a stratified lottery, or refilling vacancies around the sitting members. */
public enum AllocationMode {
    MERIT, LOTTERY_LEXIMIN, LOTTERY_LEGACY, REFILL
}
