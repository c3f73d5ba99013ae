/** Internal: the SQL lexer, the recursive-descent parser and the statement and expression AST. */
package io.taospring.embedded.engine.sql;
