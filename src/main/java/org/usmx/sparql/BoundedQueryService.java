package org.usmx.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuseki's SPARQL query service with one change: SELECT results are fully computed (within the
 * timeout and the row cap) before the first byte is sent. A streaming response that times out
 * has already said 200 and ends truncated; computing first means a timeout is always a clear
 * 503 and a result is always complete. Results above the row cap are refused with 422, never
 * silently cut.
 */
public final class BoundedQueryService extends SPARQL_QueryDataset {

    private final int maxRows;

    public BoundedQueryService(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * Parses with the standard prefixes predeclared (so analysts need not repeat them), reporting
     * parse errors at the user's own line and column, then hands Fuseki the query with explicit
     * prefixes.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isBlank()) {
            super.execute(queryString, action);
            return;
        }
        Query parsed = new Query();
        parsed.setPrefixMapping(Prefixes.mapping());
        try {
            QueryFactory.parse(parsed, queryString, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("Parse error: " + e.getMessage());
            return;
        }
        super.execute(parsed.serialize(), action);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (!requestQuery.isSelectType()) return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        RowSet rows = queryExec.select();
        List<Binding> buffered = new ArrayList<>();
        while (rows.hasNext()) {
            if (buffered.size() == maxRows) {
                ServletOps.error(422, "The result has more than " + maxRows
                    + " rows, the server's cap. Add LIMIT (and OFFSET to page through it), or aggregate.");
            }
            buffered.add(rows.next());
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), buffered.iterator()));
    }
}
