// The import's progress line (src/cli/progress-line.ts): one line written over itself on a terminal, at most 4 times
// a second, for large files only, and erased at the end.
import { progressLine, progressText } from '../../src/cli/progress-line.ts';
import type { PriceFileProgress } from '../../src/import/types.ts';
import { describe, expect, it } from '../harness.ts';

const MB = 1024 * 1024;

function terminal(columns?: number) {
  const written: string[] = [];
  return { written, stream: { columns, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WritableStream & { columns?: number } };
}

const at = (mb: number, rowsRead = 0, iopRows = 0): PriceFileProgress => ({ bytesRead: mb * MB, totalBytes: 200 * MB, rowsRead, iopRows });

describe('progress line', () => {
  it('says what is read of what, the rows and IOP rows, the time taken and left', () => {
    expect(progressText(at(50, 358_750, 12), 2000)).to.equal(
      'reading 50.0 of 200.0 MB (25%), 358,750 rows, 12 IOP, 0:02 elapsed, about 0:06 left',
    );
    expect(progressText(at(1), 100)).to.equal('reading 1.0 of 200.0 MB (0%), 0 rows, 0 IOP, 0:00 elapsed');
  });

  it('writes over itself at most 4 times a second, and erases itself at the end', () => {
    let clock = 0;
    const { written, stream } = terminal();
    const line = progressLine(stream, true, { now: () => clock });
    line.update(at(1));
    clock = 100;
    line.update(at(2)); // too soon
    clock = 250;
    line.update(at(3, 10, 1));
    expect(written).to.deep.equal([
      '\r\u001b[Kreading 1.0 of 200.0 MB (0%), 0 rows, 0 IOP, 0:00 elapsed',
      '\r\u001b[Kreading 3.0 of 200.0 MB (1%), 10 rows, 1 IOP, 0:00 elapsed',
    ]);
    line.done();
    expect(written[written.length - 1]).to.equal('\r\u001b[K');
    line.done();
    expect(written).to.have.length(3);
  });

  it('writes nothing when the stream is not a terminal, or the file is small', () => {
    const notTerminal = terminal();
    const line = progressLine(notTerminal.stream, false, { now: () => 0 });
    line.update(at(1));
    line.done();
    expect(notTerminal.written).to.deep.equal([]);
    const small = terminal();
    const smallLine = progressLine(small.stream, true, { now: () => 0 });
    smallLine.update({ bytesRead: MB, totalBytes: 2 * MB, rowsRead: 5, iopRows: 0 });
    smallLine.done();
    expect(small.written).to.deep.equal([]);
  });

  it('is never wider than the terminal', () => {
    const { written, stream } = terminal(30);
    progressLine(stream, true, { now: () => 0 }).update(at(1));
    expect(written[0]).to.equal('\r\u001b[Kreading 1.0 of 200.0 MB (0%),');
  });
});
