package org.kintsugi.letterexchange.internal.store;

/** Registered once the module's tables are current; components that use them reference it. */
public final class LetterSchemaReady {
}
