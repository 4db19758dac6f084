"""Writing files without losing anyone's work, and only where the editor may write.

Public names: ``files.read_bytes``/``read_text``/``atomic_write`` (bounded reads, regular files only);
``safe_write.write_files``/``Change``/``FileChangedError`` (locked, journalled multi-file changes),
and ``finish_interrupted``; ``reasons.write_failure``/``system_reason`` (why a write failed, in the reader's language); ``confine.check_inside``/``inside_root`` (the site's content folder only).
"""
