package org.kintsugi.core.internal.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.kintsugi.core.internal.rest.JsonMapper;

/**
 * A party's details (name, safe ways to make contact, ways never to use) as the text that is sealed, for
 * the referral and, once accepted, for the case's participant: one format, written and read in one place.
 */
public final class PartyCodec {
    private static final ObjectMapper JSON = JsonMapper.create();

    private PartyCodec() {
    }

    public static String write(ReferralRequests.Party party) {
        try {
            return party == null ? null : JSON.writeValueAsString(party);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReferralRequests.Party read(String stored) {
        try {
            return stored == null ? null : JSON.readValue(stored, ReferralRequests.Party.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored party details are not readable", e);
        }
    }
}
