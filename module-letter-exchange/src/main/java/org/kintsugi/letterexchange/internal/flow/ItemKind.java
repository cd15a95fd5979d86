package org.kintsugi.letterexchange.internal.flow;

/** A letter, or a set of questions (whose reply carries the answers). */
public enum ItemKind { LETTER, QUESTIONS }
