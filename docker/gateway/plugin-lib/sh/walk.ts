import path from 'node:path';
import { expandGlob } from './glob';
import { eachNode, nodeType, PIPE_OPS, parseScript, REDIRECT_OPS, type ShNode } from './parse';
import { type Field, type WordHooks, wordFields, wordText } from './words';

/** A working directory a command may run in; null when it cannot be known (`cd "$X"`, `cd` to HOME). */
export type Cwd = string | null;

export type Redirect = { op: string; fd: string | null; target: Field[]; text: string | null };
export type Assignment = { name: string; value: string | null };

/**
 * One simple command the script may run, in order. `cwds` holds every directory it may run in:
 * a `cd` adds its target to the set and never removes the old one, which over-approximates
 * conditional and subshell `cd`s, `popd` and `cd -` without modelling them.
 */
export type CommandRecord = {
  args: Field[];
  assigns: Assignment[];
  redirects: Redirect[];
  cwds: Cwd[];
  /** Where standard input comes from: a pipe, a file, literal text (here-doc/here-string), or the caller. */
  stdin: 'caller' | 'pipe' | 'file' | 'text';
  stdinText: string | null;
  /** declare/export/local/readonly/typeset: their arguments are assignments. */
  declaration: string | null;
};

export type WalkResult = { commands: CommandRecord[]; assigned: Set<string> };

const MAX_CWDS = 32;
const AND = 10;

function span(node: ShNode): string {
  return `${node.Pos().Offset()}-${node.End().Offset()}`;
}

class Walker {
  readonly commands: CommandRecord[] = [];
  readonly assigned = new Set<string>();
  // GopherJS hands out a new wrapper object on every access: nodes are known by their source span
  private readonly seen = new Set<string>();
  private readonly deferred: ShNode[] = [];
  private cwds: Set<Cwd>;
  private readonly hooks: WordHooks;

  constructor(cwds: Cwd[], defaultIfs: boolean) {
    this.cwds = new Set(cwds);
    this.hooks = { onSubstitution: (stmts) => this.stmts(stmts, 'caller'), defaultIfs };
  }

  fields(word: ShNode): Field[] {
    return wordFields(word, this.hooks);
  }

  stmts(list: ShNode[] | null | undefined, stdin: CommandRecord['stdin']): void {
    for (const s of list ?? []) this.stmt(s, stdin);
  }

  /**
   * Walks one statement. Returns the directories the shell is in when the statement succeeded, if
   * that is narrower than the running set: `cd x && y` runs y in x only.
   */
  private stmt(s: ShNode, inherited: CommandRecord['stdin']): Set<Cwd> | null {
    const redirects: Redirect[] = (s.Redirs ?? []).map((r: ShNode) => this.redirect(r));
    let stdin = inherited;
    let stdinText: string | null = null;
    for (const r of redirects) {
      if (r.op === '<<' || r.op === '<<-' || r.op === '<<<') {
        stdin = 'text';
        stdinText = r.text;
      } else if ((r.op === '<' || r.op === '<>' || r.op === '<&') && (r.fd === null || r.fd === '0')) stdin = 'file';
    }
    const cmd = s.Cmd;
    const type = nodeType(cmd);
    if (type === 'CallExpr' || type === 'DeclClause') {
      return this.call(cmd, redirects, stdin, stdinText, type === 'DeclClause');
    }
    if (redirects.length) this.push({ args: [], assigns: [], redirects, stdin, stdinText, declaration: null });
    if (type === 'BinaryCmd' && cmd.Op === AND) {
      const onSuccess = this.stmt(cmd.X, stdin);
      if (!onSuccess) return this.stmt(cmd.Y, stdin);
      const all = this.cwds;
      this.cwds = onSuccess;
      const after = this.stmt(cmd.Y, stdin) ?? this.cwds;
      this.cwds = new Set([...all, ...this.cwds]);
      return after;
    }
    this.compound(cmd, type, stdin);
    return null;
  }

  private compound(cmd: ShNode, type: string, stdin: CommandRecord['stdin']): void {
    switch (type) {
      case 'BinaryCmd':
        this.stmt(cmd.X, stdin);
        this.stmt(cmd.Y, PIPE_OPS.has(cmd.Op) ? 'pipe' : stdin);
        return;
      case 'Block':
      case 'Subshell':
        this.stmts(cmd.Stmts, stdin);
        return;
      case 'IfClause':
        for (let c = cmd; c; c = c.Else) {
          this.stmts(c.Cond, stdin);
          this.stmts(c.Then, stdin);
        }
        return;
      case 'WhileClause':
        this.stmts(cmd.Cond, stdin);
        this.stmts(cmd.Do, stdin);
        return;
      case 'ForClause':
        if (nodeType(cmd.Loop) === 'WordIter') for (const w of cmd.Loop.Items ?? []) this.fields(w);
        this.stmts(cmd.Do, stdin);
        return;
      case 'CaseClause':
        this.fields(cmd.Word);
        for (const item of cmd.Items ?? []) {
          for (const p of item.Patterns ?? []) this.fields(p);
          this.stmts(item.Stmts, stdin);
        }
        return;
      case 'TimeClause':
      case 'CoprocClause':
        if (cmd.Stmt) this.stmt(cmd.Stmt, stdin);
        return;
      case 'FuncDecl':
        // a function may be called from anywhere later: its body is checked at the end, from every
        // directory the script can reach
        this.deferred.push(cmd.Body);
        return;
      default:
        // (( )), [[ ]], let: no command of their own; substitutions inside are found by the sweep
        return;
    }
  }

  private redirect(r: ShNode): Redirect {
    const op = REDIRECT_OPS[r.Op as number] ?? `op${r.Op}`;
    const fd = r.N ? (r.N.Value as string) : null;
    if (op === '<<' || op === '<<-') {
      const quotedDelimiter = (r.Word?.Parts ?? []).some((p: ShNode) => nodeType(p) !== 'Lit');
      const body = r.Hdoc ? wordText(quotedDelimiter ? { Parts: r.Hdoc.Parts } : r.Hdoc, this.hooks) : '';
      return { op, fd, target: [], text: body };
    }
    const target = this.fields(r.Word);
    return { op, fd, target, text: op === '<<<' ? wordText(r.Word, this.hooks) : null };
  }

  private call(
    cmd: ShNode,
    redirects: Redirect[],
    stdin: CommandRecord['stdin'],
    stdinText: string | null,
    isDecl: boolean,
  ): Set<Cwd> | null {
    this.seen.add(span(cmd));
    const assigns: Assignment[] = [];
    const args: Field[] = [];
    const assignList: ShNode[] = isDecl ? [] : (cmd.Assigns ?? []);
    let declaration: string | null = null;
    if (isDecl) {
      declaration = cmd.Variant?.Value ?? 'declare';
      args.push({ text: declaration as string, pattern: null, dynamic: false });
      for (const a of cmd.Args ?? []) {
        if (a.Naked && !a.Name && a.Value) args.push(...this.fields(a.Value));
        else assignList.push(a);
      }
    } else for (const w of cmd.Args ?? []) args.push(...this.fields(w));
    for (const a of assignList) {
      const name = a.Name?.Value as string | undefined;
      if (!name) continue;
      this.assigned.add(name);
      if (a.Array) for (const el of a.Array.Elems ?? []) if (el.Value) this.fields(el.Value);
      assigns.push({ name, value: a.Array ? null : a.Value ? wordText(a.Value, this.hooks) : a.Naked ? null : '' });
    }
    this.push({ args, assigns, redirects, stdin, stdinText, declaration });
    return this.trackCwd(args);
  }

  private push(record: Omit<CommandRecord, 'cwds'>): void {
    this.commands.push({ ...record, cwds: [...this.cwds] });
  }

  /** Adds the directories a cd/pushd may enter to the set; returns them (the set after success). */
  private trackCwd(args: Field[]): Set<Cwd> | null {
    const name = args[0]?.text;
    if (name !== 'cd' && name !== 'pushd') return null;
    const operands = args.slice(1).filter((a) => !/^-[LPe@]*$/.test(a.text) || a.text === '-');
    const target = operands[0];
    // `cd -`, `pushd` without a directory and `pushd +N` go back to a directory already in the set
    if (target && (target.text === '-' || /^[+-]\d+$/.test(target.text))) return null;
    if (!target && name === 'pushd') return null;
    const entered = new Set<Cwd>();
    if (!target || target.dynamic || target.text.startsWith('~')) entered.add(null);
    else {
      for (const from of this.cwds) {
        if (from === null) {
          entered.add(target.text.startsWith('/') ? path.resolve(target.text) : null);
          continue;
        }
        const candidates = target.pattern ? expandGlob(target.pattern, from) : [target.text];
        for (const c of candidates) entered.add(path.resolve(from, c));
      }
    }
    for (const dir of entered) this.cwds.add(dir);
    if (this.cwds.size > MAX_CWDS) this.cwds = new Set([...this.cwds].slice(0, MAX_CWDS).concat(null));
    return entered.size > MAX_CWDS ? null : entered;
  }

  finish(root: ShNode): void {
    for (let i = 0; i < this.deferred.length; i++) this.stmt(this.deferred[i], 'caller');
    // Sweep: any command the structured walk did not reach (inside ${x:-$(...)}, (( )), [[ ]], array
    // indexes ...) still runs; check it with an unknown working directory.
    const missed: ShNode[] = [];
    eachNode(root, (node) => {
      const t = nodeType(node);
      if ((t === 'CallExpr' || t === 'DeclClause') && !this.seen.has(span(node))) missed.push(node);
    });
    if (missed.length) this.cwds.add(null);
    for (const node of missed) {
      if (this.seen.has(span(node))) continue;
      this.call(node, [], 'caller', null, nodeType(node) === 'DeclClause');
    }
  }
}

/** Every command `script` may run, starting in `cwds`. Throws ShellParseError when it does not parse. */
export function walkScript(script: string, cwds: Cwd[], defaultIfs = true): WalkResult {
  const file = parseScript(script);
  const walker = new Walker(cwds, defaultIfs);
  walker.stmts(file.Stmts, 'caller');
  walker.finish(file);
  return { commands: walker.commands, assigned: walker.assigned };
}
