package io.newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The readable text of a Markdown (or plain text) article body, with the links found in it.
 *
 * <p>Images and in-page links ({@code [Close](#signup)}) are dropped; a link keeps its text. A last
 * paragraph that is nothing but a link is where scraped articles keep their source, so it is
 * returned as {@link #trailingLink()} and left out of the text.
 */
record MarkdownBody(
    List<String> paragraphs, List<String> linkTargets, Optional<String> trailingLink) {
  private static final Parser PARSER = Parser.builder().build();

  static MarkdownBody parse(String markdown) {
    Collector collector = new Collector();
    PARSER.parse(markdown).accept(collector);
    List<String> paragraphs = new ArrayList<>();
    Optional<String> trailing = Optional.empty();
    for (int i = 0; i < collector.blocks.size(); i++) {
      BlockText block = collector.blocks.get(i);
      boolean last = i == collector.blocks.size() - 1;
      if (last && block.soleLink != null && block.soleLink.startsWith("http")) {
        trailing = Optional.of(block.soleLink);
        continue;
      }
      paragraphs.addAll(LineJoiner.paragraphs(block.lines));
    }
    return new MarkdownBody(BoilerplateFilter.clean(paragraphs), collector.links, trailing);
  }

  /** The lines of one block, split where the source had line breaks. */
  private static final class BlockText {
    final List<String> lines = new ArrayList<>();
    final StringBuilder line = new StringBuilder();
    String soleLink;
    int linkCount;
    boolean textOutsideLinks;

    void breakLine() {
      lines.add(line.toString());
      line.setLength(0);
    }
  }

  private static final class Collector extends AbstractVisitor {
    final List<BlockText> blocks = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    private BlockText current;
    private int linkDepth;

    @Override
    public void visit(Paragraph paragraph) {
      leaf(paragraph);
    }

    @Override
    public void visit(Heading heading) {
      leaf(heading);
    }

    @Override
    public void visit(FencedCodeBlock code) {
      literalBlock(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      literalBlock(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      // Raw HTML (embeds, widgets) is not article text.
    }

    @Override
    public void visit(Text text) {
      if (current != null) {
        current.line.append(text.getLiteral());
        if (linkDepth == 0 && !text.getLiteral().isBlank()) {
          current.textOutsideLinks = true;
        }
      }
    }

    @Override
    public void visit(Code code) {
      if (current != null) {
        current.line.append(code.getLiteral());
        current.textOutsideLinks |= linkDepth == 0;
      }
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      if (current != null) {
        current.breakLine();
      }
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      if (current != null) {
        current.breakLine();
      }
    }

    @Override
    public void visit(HtmlInline html) {
      // Inline tags carry no text of their own.
    }

    @Override
    public void visit(Image image) {
      links.add(image.getDestination());
    }

    @Override
    public void visit(Link link) {
      String target = link.getDestination();
      if (target.startsWith("#")) {
        return; // in-page widget links such as [Close](#signup-widget)
      }
      links.add(target);
      if (current != null) {
        current.linkCount++;
        current.soleLink = target;
      }
      linkDepth++;
      visitChildren(link);
      linkDepth--;
    }

    private void leaf(Block block) {
      current = new BlockText();
      visitChildren(block);
      current.breakLine();
      if (current.linkCount != 1 || current.textOutsideLinks) {
        current.soleLink = null;
      }
      blocks.add(current);
      current = null;
    }

    private void literalBlock(String literal) {
      BlockText block = new BlockText();
      block.lines.addAll(List.of(literal.split("\n")));
      blocks.add(block);
    }
  }
}
