package io.newsdesk.cli;

public final class NewsdeskCli {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
