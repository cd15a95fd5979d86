package org.kintsugi.core.internal.referral;

import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.rest.input.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The referral's sealed fields, and only those: each bound to the referral's id and its field's name, so a
 * value copied to another row or column does not open. The parties' details go through {@link PartyCodec}.
 */
@Component(service = ReferralSeals.class)
public class ReferralSeals {
    private static final String CRIME_REFERENCE = "crimeReference";
    private static final String HARMED = "personHarmed";
    private static final String RESPONSIBLE = "personResponsible";
    private static final String DECISION_REASON = "decisionReason";

    private final FieldCipher cipher;

    @Activate
    public ReferralSeals(@Reference DataKeyring keys) {
        this.cipher = keys.cipher();
    }

    /** Seals what the referrer sent about the crime and the parties into the new referral. */
    void sealNew(Referral referral, ReferralRequests.NewReferral body) {
        String id = referral.getId();
        referral.seal(cipher.encrypt(Text.orNull(body.crimeReference), id, CRIME_REFERENCE),
                cipher.encrypt(PartyCodec.write(body.personHarmed), id, HARMED),
                cipher.encrypt(PartyCodec.write(body.personResponsible), id, RESPONSIBLE));
    }

    String sealReason(String referralId, String reason) {
        return cipher.encrypt(reason, referralId, DECISION_REASON);
    }

    /** Everything hub staff see of a referral. */
    ReferralViews.Detail detail(Referral referral) {
        String id = referral.getId();
        return new ReferralViews.Detail(referral, cipher.decrypt(referral.getCrimeReferenceEnc(), id, CRIME_REFERENCE),
                harmed(referral), responsible(referral), cipher.decrypt(referral.getDecisionReasonEnc(), id, DECISION_REASON));
    }

    ReferralRequests.Party harmed(Referral referral) {
        return PartyCodec.read(cipher.decrypt(referral.getHarmedEnc(), referral.getId(), HARMED));
    }

    ReferralRequests.Party responsible(Referral referral) {
        return PartyCodec.read(cipher.decrypt(referral.getResponsibleEnc(), referral.getId(), RESPONSIBLE));
    }
}
