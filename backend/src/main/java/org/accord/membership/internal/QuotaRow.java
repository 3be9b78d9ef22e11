package org.accord.membership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One quota of a stored seat plan: counts and/or percentages of the seats. */
@Embeddable
public class QuotaRow {
    @Column(nullable = false)
    private String attribute;
    @Column(name = "min_count")
    private Integer minCount;
    @Column(name = "max_count")
    private Integer maxCount;
    @Column(name = "min_percent")
    private BigDecimal minPercent;
    @Column(name = "max_percent")
    private BigDecimal maxPercent;

    protected QuotaRow() {
    }

    public QuotaRow(String attribute, Integer minCount, Integer maxCount, BigDecimal minPercent, BigDecimal maxPercent) {
        this.attribute = attribute;
        this.minCount = minCount;
        this.maxCount = maxCount;
        this.minPercent = minPercent;
        this.maxPercent = maxPercent;
    }

    public String getAttribute() { return attribute; }
    public Integer getMinCount() { return minCount; }
    public Integer getMaxCount() { return maxCount; }
    public BigDecimal getMinPercent() { return minPercent; }
    public BigDecimal getMaxPercent() { return maxPercent; }
}
