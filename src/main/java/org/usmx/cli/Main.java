package org.usmx.cli;
public class Main { public static void main(String[] a) {} }
