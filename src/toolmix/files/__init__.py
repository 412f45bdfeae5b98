"""Reading and writing the files toolmix is given: bounded reads, atomic writes, user folders."""
