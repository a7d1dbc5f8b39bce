package org.usmx.web;

import org.usmx.readmodel.BrowseView;

/** /browse/{kind}: the frame's metadata and one page of the listing. */
public record BrowsePageView(PageMeta meta, BrowseView browse) {}
