package io.taospring.embedded.engine;

/**
 * Factories for the engine's errors, with TDengine's codes and message texts ({@code protocol/errors.md}
 * section 3.1). Internal to the engine; public only because its subpackages use it.
 */
public final class Errors {

    private Errors() {
    }

    /** 0x2600: the parser stopped at {@code rest}, the statement from the offending token on. */
    public static EngineException syntax(String rest) {
        return new EngineException(0x2600, "syntax error near \"" + rest + "\"");
    }

    /** 0x2601: the statement ended early. */
    public static EngineException incomplete() {
        return new EngineException(0x2601, "Incomplete SQL statement");
    }

    /** 0x0216: a malformed value in INSERT ... VALUES or TAGS. */
    public static EngineException badValue(String near, String reason) {
        String cut = near.length() > 63 ? near.substring(0, 63) : near;
        return new EngineException(0x0216, "syntax error near '" + cut + "' (" + reason + ")");
    }

    /** 0x2602: an unknown column. */
    public static EngineException invalidColumn(String name) {
        return new EngineException(0x2602, "Invalid column name: " + name);
    }

    /** 0x2603: an unknown table. */
    public static EngineException tableNotExist(String name) {
        return new EngineException(0x2603, "Table does not exist: " + name);
    }

    /** 0x0388: an unknown database. */
    public static EngineException databaseNotExist() {
        return new EngineException(0x0388, "Database not exist");
    }

    /** 0x2616: no database given and none current. */
    public static EngineException databaseNotSpecified() {
        return new EngineException(0x2616, "Database not specified");
    }

    /** 0x0381: CREATE DATABASE of an existing one. */
    public static EngineException databaseExists() {
        return new EngineException(0x0381, "Database already exists");
    }

    /** 0x0360: CREATE STABLE of an existing one. */
    public static EngineException stableExists() {
        return new EngineException(0x0360, "STable already exists");
    }

    /** 0x0603: CREATE TABLE of an existing normal or child table. */
    public static EngineException tableExists() {
        return new EngineException(0x0603, "Table already exists");
    }

    /** 0x061D: the child table belongs to another super table. */
    public static EngineException tableInOtherStable() {
        return new EngineException(0x061D, "Table already exists in other stables");
    }

    /** 0x260D: TAGS with the wrong number of values. */
    public static EngineException tagsNotMatched() {
        return new EngineException(0x260D, "Tags number not matched");
    }

    /** 0x260E: an unknown tag. */
    public static EngineException invalidTag(String name) {
        return new EngineException(0x260E, "Invalid tag name: " + name);
    }

    /** 0x263F: a row with too many or too few values. */
    public static EngineException columnCount() {
        return new EngineException(0x263F, "Illegal number of columns");
    }

    /** 0x2653: a string longer than its column. */
    public static EngineException valueTooLong(String column) {
        return new EngineException(0x2653, "Value too long for column/tag: " + column);
    }

    /** 0x2641: CREATE TABLE whose first column is not a TIMESTAMP. */
    public static EngineException firstColumnNotTimestamp() {
        return new EngineException(0x2641, "First column must be timestamp");
    }

    /** 0x263C: a column or tag name used twice. */
    public static EngineException duplicateColumn() {
        return new EngineException(0x263C, "Duplicated column names");
    }

    /** 0x2635: an unparsable timestamp literal outside INSERT. */
    public static EngineException badTimestamp(String literal) {
        return new EngineException(0x2635, "Incorrect TIMESTAMP value: " + literal);
    }

    /** 0x263B: FILL without a bounded time range. */
    public static EngineException timeRangeRequired() {
        return new EngineException(0x263B, "Start(end) time of query range required or time range too large");
    }

    /** 0x0369 / 0x036B and friends: ALTER errors from the mnode. */
    public static EngineException mnode(int code, String message) {
        return new EngineException(code, message);
    }

    /** 0x03E0: CREATE TOPIC of an existing one. */
    public static EngineException topicExists() {
        return new EngineException(0x03E0, "Topic already exists");
    }

    /** 0x03EB: DROP TOPIC of a topic that live consumers subscribe to. */
    public static EngineException topicSubscribed() {
        return new EngineException(0x03EB, "Topic subscribed cannot be dropped");
    }

    /** 0x03E1: an unknown topic. */
    public static EngineException topicNotExist() {
        return new EngineException(0x03E1, "Topic not exist");
    }

    /** 0x2801: a function called with the wrong number of arguments. */
    public static EngineException functionArgCount(String function) {
        return new EngineException(0x2801, "Invalid number of parameters : " + function);
    }

    /** 0x2802: a function called with an argument of the wrong type. */
    public static EngineException functionArgType(String function) {
        return new EngineException(0x2802, "Invalid parameter data type : " + function);
    }

    /** 0x2600-range semantic errors without a better code: {@code Invalid function name}, etc. */
    public static EngineException semantic(int code, String message) {
        return new EngineException(code, message);
    }
}
