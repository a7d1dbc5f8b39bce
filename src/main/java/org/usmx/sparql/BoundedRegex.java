package org.usmx.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Regular expressions that stop when the query is cancelled. Java's regex engine backtracks
 * (a pattern with a back-reference can run for minutes over a short string) and never looks at
 * the query's timeout. Here REGEX, REPLACE, fn:matches and fn:replace match over a character
 * sequence that checks the query's cancel signal (set by the timeout, the memory guard or a
 * client that went away) every few thousand characters read, and ends the query when it is set.
 */
public final class BoundedRegex {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    /**
     * The deadline (System.nanoTime) of the query running on this thread. A regex can also be
     * evaluated while the query is optimised (constant folding), before ARQ's timeout and cancel
     * signal exist; the deadline bounds it there too.
     */
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private BoundedRegex() {}

    /** Runs {@code work} with regex evaluation on this thread bounded by {@code deadlineNanos}. */
    public static <T> T withDeadline(long deadlineNanos, java.util.function.Supplier<T> work) {
        Long before = DEADLINE.get();
        DEADLINE.set(deadlineNanos);
        try {
            return work.get();
        } finally {
            if (before == null) DEADLINE.remove();
            else DEADLINE.set(before);
        }
    }

    /** The query with every regex-using expression replaced by its bounded form. */
    public static Query rewrite(Query query) {
        ExprTransformCopy swap = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) return new Match(args);
                if (func instanceof E_StrReplace) return new Replace(args);
                if (func instanceof E_Function f && (FN + "matches").equals(f.getFunctionIRI()) && args.size() >= 2) return new Match(args);
                if (func instanceof E_Function f && (FN + "replace").equals(f.getFunctionIRI()) && args.size() >= 3) return new Replace(args);
                return super.transform(func, args);
            }
        };
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), swap);
    }

    /** A string whose characters can only be read while the query has not been cancelled. */
    static final class Checked implements CharSequence {
        private final CharSequence s;
        private final AtomicBoolean cancelled;
        private final Long deadline;
        private int reads;

        Checked(CharSequence s, AtomicBoolean cancelled) {
            this(s, cancelled, DEADLINE.get());
        }

        private Checked(CharSequence s, AtomicBoolean cancelled, Long deadline) {
            this.s = s;
            this.cancelled = cancelled;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && (cancelled.get() || Thread.currentThread().isInterrupted()
                    || (deadline != null && System.nanoTime() - deadline > 0))) {
                throw new QueryCancelledException();
            }
            return s.charAt(index);
        }

        @Override public int length() { return s.length(); }

        @Override public CharSequence subSequence(int start, int end) { return new Checked(s.subSequence(start, end), cancelled, deadline); }

        @Override public String toString() { return s.toString(); }
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        return signal == null ? new AtomicBoolean(false) : signal;
    }

    private static String string(String label, NodeValue nv) {
        return NodeValueOps.checkAndGetStringLiteral(label, nv).getLiteralLexicalForm();
    }

    private static Pattern constantPattern(String label, ExprList args, int patternArg, int flagsArg) {
        Expr p = args.get(patternArg);
        Expr f = args.size() > flagsArg ? args.get(flagsArg) : null;
        if (p.isConstant() && p.getConstant().isString() && (f == null || (f.isConstant() && f.getConstant().isString()))) {
            return RegexEngine.makePattern(label, p.getConstant().getString(), f == null ? null : f.getConstant().getString());
        }
        return null;
    }

    private static Pattern pattern(String label, Pattern constant, List<NodeValue> args, int patternArg, int flagsArg) {
        if (constant != null) return constant;
        String flags = args.size() > flagsArg ? string(label, args.get(flagsArg)) : null;
        if (flags != null && !flags.matches("[smixq]*")) throw new ExprEvalException(label + ": only 'smixq' are legal as flags");
        return RegexEngine.makePattern(label, string(label, args.get(patternArg)), flags);
    }

    /** REGEX(text, pattern [, flags]) and fn:matches. */
    static final class Match extends ExprFunctionN {
        private final Pattern constant;

        Match(ExprList args) {
            super("regex", args);
            this.constant = constantPattern("REGEX", args, 1, 2);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = string("REGEX", args.get(0));
            Pattern p = pattern("REGEX", constant, args, 1, 2);
            return NodeValue.booleanReturn(p.matcher(new Checked(text, cancelSignal(env))).find());
        }

        @Override public NodeValue eval(List<NodeValue> args) { return eval(args, null); }

        @Override public Expr copy(ExprList newArgs) { return new Match(newArgs); }
    }

    /** REPLACE(text, pattern, replacement [, flags]) and fn:replace; keeps the text's language tag. */
    static final class Replace extends ExprFunctionN {
        private final Pattern constant;

        Replace(ExprList args) {
            super("replace", args);
            this.constant = constantPattern("REPLACE", args, 1, 3);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = string("REPLACE", args.get(0));
            String replacement = string("REPLACE", args.get(2));
            Pattern p = pattern("REPLACE", constant, args, 1, 3);
            Matcher m = p.matcher(new Checked(text, cancelSignal(env)));
            StringBuilder out = null;
            try {
                while (m.find()) {
                    if (out == null) out = new StringBuilder();
                    else if (m.start() == m.end()) continue;
                    m.appendReplacement(out, replacement);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (out == null) return args.get(0);
            m.appendTail(out);
            Node arg = args.get(0).asNode();
            String lang = arg.getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(out.toString()) : NodeValue.makeLangString(out.toString(), lang);
        }

        @Override public NodeValue eval(List<NodeValue> args) { return eval(args, null); }

        @Override public Expr copy(ExprList newArgs) { return new Replace(newArgs); }
    }
}
