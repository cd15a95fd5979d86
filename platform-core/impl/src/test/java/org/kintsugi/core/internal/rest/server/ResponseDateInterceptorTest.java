package org.kintsugi.core.internal.rest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.message.MessageImpl;

class ResponseDateInterceptorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T07:04:09.250Z"));
    private final ResponseDateInterceptor interceptor = new ResponseDateInterceptor(clock);

    @Test
    void datesAResponseAsHttpDoesWithATwoDigitDayInGmt() {
        Response response = Response.ok("body").build();
        interceptor.handleMessage(carrying(response));
        assertEquals(List.of("Sat, 05 Dec 2026 07:04:09 GMT"), response.getMetadata().get(HttpHeaders.DATE));
    }

    @Test
    void makesTheTextOnceASecond() {
        String first = interceptor.now();
        clock.advance(Duration.ofMillis(700));
        assertSame(first, interceptor.now());
        clock.advance(Duration.ofMillis(100));
        assertEquals("Sat, 05 Dec 2026 07:04:10 GMT", interceptor.now());
    }

    @Test
    void keepsADateTheResourceSetItself() {
        Response response = Response.ok().header(HttpHeaders.DATE, "Fri, 04 Dec 2026 10:00:00 GMT").build();
        interceptor.handleMessage(carrying(response));
        assertEquals(List.of("Fri, 04 Dec 2026 10:00:00 GMT"), response.getMetadata().get(HttpHeaders.DATE));
    }

    @Test
    void leavesABareEntityAndAnEmptyAnswerToCxf() {
        interceptor.handleMessage(carrying("just an entity"));
        interceptor.handleMessage(new MessageImpl());
        Response untouched = Response.noContent().build();
        assertFalse(untouched.getMetadata().containsKey(HttpHeaders.DATE));
    }

    private static Message carrying(Object answer) {
        Message message = new MessageImpl();
        message.setContent(List.class, new MessageContentsList(answer));
        return message;
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
