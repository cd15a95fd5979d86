package org.kintsugi.core.internal.rest.pipeline;

import javax.servlet.http.HttpServletRequest;

/**
 * What a request's audit row says beyond its path: which cases a name search showed, that a printed
 * summary included sealed details. Written by the resource, read when the row is made; never the words
 * someone typed or personal details, since the audit trail is kept longer than anything else.
 */
public final class AuditNote {
    static final String ATTRIBUTE = "kintsugi.audit.note";

    private AuditNote() {
    }

    public static void add(HttpServletRequest request, String note) {
        Object before = request.getAttribute(ATTRIBUTE);
        request.setAttribute(ATTRIBUTE, before == null ? note : before + ";" + note);
    }

    static String of(HttpServletRequest request) {
        Object note = request == null ? null : request.getAttribute(ATTRIBUTE);
        return note == null ? null : note.toString();
    }
}
