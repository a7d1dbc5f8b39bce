package org.usmx.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzers that make "Sedena", "SEDENA" and "Secretaría"/"Secretaria" the same token: standard
 * tokenization, lower case, accents folded to ASCII. The prefix variant adds edge n-grams at
 * index time so that partial words match (autocomplete).
 */
final class FoldingAnalyzers {

    private FoldingAnalyzers() {}

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(t));
                return new TokenStreamComponents(t, s);
            }
        };
    }

    static Analyzer prefixes() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new EdgeNGramTokenFilter(new ASCIIFoldingFilter(new LowerCaseFilter(t)), 1, 25, true);
                return new TokenStreamComponents(t, s);
            }
        };
    }
}
