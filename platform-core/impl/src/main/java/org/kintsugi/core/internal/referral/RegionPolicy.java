package org.kintsugi.core.internal.referral;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A region's referral policy, e.g. (gender-based violence in Scotland) no referrals led by the
 * person responsible for some offence categories. A rule of the region, never hard-coded.
 */
@Entity
@Table(name = "region_policy")
public class RegionPolicy {
    @Id
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "refuse_responsible_led")
    private String refuseResponsibleLed;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;

    protected RegionPolicy() {
    }

    public RegionPolicy(String regionCode) {
        this.regionCode = regionCode;
        this.refuseResponsibleLed = "";
    }

    public Set<ReferralTerms.OffenceCategory> refusesResponsibleLedFor() {
        if (refuseResponsibleLed == null || refuseResponsibleLed.isBlank()) {
            return EnumSet.noneOf(ReferralTerms.OffenceCategory.class);
        }
        return Arrays.stream(refuseResponsibleLed.split(",")).map(ReferralTerms.OffenceCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralTerms.OffenceCategory.class)));
    }

    public void refuseResponsibleLedFor(Set<ReferralTerms.OffenceCategory> categories, String by, Instant at) {
        this.refuseResponsibleLed = categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.changedBy = by;
        this.changedAt = at;
    }
}
