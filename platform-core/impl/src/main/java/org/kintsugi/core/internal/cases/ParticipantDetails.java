package org.kintsugi.core.internal.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.referral.ReferralRequests;
import org.kintsugi.core.internal.rest.JsonMapper;

/** A participant's name and contact ways, sealed under the participant's own id so they cannot be moved. */
public final class ParticipantDetails {
    private static final ObjectMapper JSON = JsonMapper.create();

    private final FieldCipher cipher;

    public ParticipantDetails(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public void seal(CaseParticipant participant, ReferralRequests.Party party) {
        try {
            participant.seal(cipher.encrypt(JSON.writeValueAsString(party), participant.getId(), "details"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every call is a read of personal data: callers show it only to those who may see it. */
    public ReferralRequests.Party open(CaseParticipant participant) {
        String plain = cipher.decrypt(participant.getDetailsEnc(), participant.getId(), "details");
        try {
            return plain == null ? null : JSON.readValue(plain, ReferralRequests.Party.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored participant details are not readable", e);
        }
    }
}
