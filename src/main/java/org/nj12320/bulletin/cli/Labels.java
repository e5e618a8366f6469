package org.nj12320.bulletin.cli;

import org.nj12320.bulletin.model.Problem;

/**
 * The words a report puts before each problem and its hint: in Chinese for the editors ({@code 错误：},
 * {@code 提示：}), or in English ({@code error: }, {@code hint: }) for a script or a maintainer who asks for
 * them with {@code --labels en}.
 */
enum Labels {
    ZH,
    EN;

    String of(Problem.Severity s) {
        return this == ZH ? s.label() + "：" : s.prefix() + ": ";
    }

    String error() {
        return of(Problem.Severity.ERROR);
    }

    String hint() {
        return this == ZH ? "提示：" : "hint: ";
    }

    String detail() {
        return this == ZH ? "详情：" : "detail: ";
    }
}
