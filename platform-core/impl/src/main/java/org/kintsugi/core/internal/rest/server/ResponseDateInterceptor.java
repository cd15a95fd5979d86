package org.kintsugi.core.internal.rest.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxrs.interceptor.JAXRSOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Gives a response its {@code Date} header from a text made once a second. CXF otherwise builds a new
 * {@code SimpleDateFormat} for every response (about 4 % of a referral's Java profile, bench/README.md), and
 * it does so before any JAX-RS response filter runs, so only an interceptor ahead of its own can spare it.
 * Answers that a resource returned as a bare entity, not a {@link Response}, keep CXF's own header.
 */
final class ResponseDateInterceptor extends AbstractPhaseInterceptor<Message> {
    /** An HTTP-date (RFC 9110): a two-digit day, English names, always GMT. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Clock clock;
    private volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    private record Stamp(long second, String text) {
    }

    ResponseDateInterceptor(Clock clock) {
        super(Phase.MARSHAL);
        addBefore(JAXRSOutInterceptor.class.getName());
        this.clock = clock;
    }

    @Override
    public void handleMessage(Message message) throws Fault {
        MessageContentsList contents = MessageContentsList.getContentsList(message);
        if (contents != null && !contents.isEmpty() && contents.get(0) instanceof Response response
                && !response.getMetadata().containsKey(HttpHeaders.DATE)) {
            response.getMetadata().putSingle(HttpHeaders.DATE, now());
        }
    }

    String now() {
        Instant instant = clock.instant();
        Stamp stamp = last;
        if (stamp.second() != instant.getEpochSecond()) {
            stamp = new Stamp(instant.getEpochSecond(), HTTP_DATE.format(instant));
            last = stamp; // a race only makes the same text twice
        }
        return stamp.text();
    }
}
